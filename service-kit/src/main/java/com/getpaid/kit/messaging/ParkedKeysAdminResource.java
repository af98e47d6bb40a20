package com.getpaid.kit.messaging;

import com.getpaid.events.store.ParkedKeys;
import com.getpaid.kit.security.Actors;
import com.getpaid.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** For operators: the keys (customers) a consumer parked at a record that failed for good, and what to do with them. */
@Path("/admin/parked")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations")
@RolesAllowed(Roles.ADMIN)
public class ParkedKeysAdminResource {

    /** Why a parked record is skipped, for the audit row. */
    public record SkipRequest(@NotBlank @Size(max = 500) String reason) {
    }

    /** A record waiting in a parked key; the first is the one that failed. */
    public record WaitingRecord(String eventId, String type, String subject, String topic, int partition, long offset,
            Instant occurredAt) {
    }

    /** A parked key with the records that wait in it. */
    public record ParkedKeyView(ParkedKeys.Key key, List<WaitingRecord> records) {
    }

    private final EventConsumer consumers;
    private final Actors actors;

    public ParkedKeysAdminResource(EventConsumer consumers, Actors actors) {
        this.consumers = consumers;
        this.actors = actors;
    }

    @GET
    @Operation(summary = "The parked keys, the oldest first", description = "Each key (a customer) of a consumer (the topic "
            + "it reads) with the record it stopped at, why, since when, how often it was tried, and how many records wait.")
    public List<ParkedKeys.Key> parked() {
        return consumers.parked();
    }

    @GET
    @Path("{consumer}/{key}")
    @Operation(summary = "One parked key with its waiting records, in order")
    public ParkedKeyView key(@PathParam("consumer") String consumer, @PathParam("key") String key) {
        ParkedKeys.Key parked = consumers.parked().stream()
                .filter(k -> k.consumer().equals(consumer) && k.key().equals(key)).findFirst().orElseThrow(() -> new com.getpaid.kit.domain.NotFound("No key " + key + " is parked for "
                        + consumer));
        return new ParkedKeyView(parked, consumers.queue(consumer, key).stream().map(p -> new WaitingRecord(
                p.envelope().id(), p.envelope().type(), p.envelope().subject(), p.topic(), p.partition(), p.offset(),
                p.envelope().time())).toList());
    }

    @POST
    @Path("{consumer}/{key}/retry")
    @Operation(summary = "Apply the key's parked records again, in order", description = "Once the cause is mended: "
            + "unparks the key when every record applied; otherwise it stays parked at the first that still fails, "
            + "with the new reason.")
    public TopicConsumer.Retried retry(@PathParam("consumer") String consumer, @PathParam("key") String key) {
        return consumers.retry(consumer, key, actors.describe());
    }

    @POST
    @Path("{consumer}/{key}/skip")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Skip the key's first parked record, then retry the rest", description = "The skipped record is "
            + "kept in parked_skip with who skipped it (from the token) and why; the records behind it are then applied "
            + "in order, as a retry does.")
    public TopicConsumer.Retried skip(@PathParam("consumer") String consumer, @PathParam("key") String key,
            @NotNull @Valid SkipRequest body) {
        return consumers.skip(consumer, key, body.reason().strip(), actors.describe());
    }
}
