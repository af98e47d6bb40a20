package com.getpaid.console.today;

import static com.getpaid.console.services.Services.q;

import com.getpaid.console.page.Page;
import com.getpaid.console.services.Reply;
import com.getpaid.console.services.Services;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

/**
 * Today, a collector's morning: the worklist in score order with the action and why, the promises falling due this
 * week and those broken, the person's own tasks due today or late, and the letters waiting for a contact window.
 */
@io.quarkus.security.Authenticated
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class TodayPage {

    private final Page page;
    private final Services services;
    private final Template today;

    public TodayPage(Page page, Services services, @Location("today.html") Template today) {
        this.page = page;
        this.services = services;
        this.today = today;
    }

    /** The queued letters that say why they have not gone out (a contact window, no address): the rest go out now. */
    static java.util.List<Object> held(Reply queued) {
        return queued.rows().stream().filter(m -> ((com.getpaid.console.services.Doc) m).text("note") != null).toList();
    }

    @GET
    public TemplateInstance show() {
        String token = page.token();
        String me = q(page.me().id());
        LocalDate day = page.today();
        CompletableFuture<Reply> worklist = services.get(token, "receivables", "/api/worklist?collector=" + me);
        CompletableFuture<Reply> falling = services.get(token, "receivables",
                "/api/promises?status=OPEN&dueBy=" + day.plusDays(7) + "&size=20");
        CompletableFuture<Reply> broken = services.get(token, "receivables", "/api/promises?status=BROKEN&size=20");
        CompletableFuture<Reply> late = services.get(token, "notification",
                "/api/follow-ups?assignee=" + me + "&status=OVERDUE&size=50");
        CompletableFuture<Reply> due = services.get(token, "notification",
                "/api/follow-ups?assignee=" + me + "&status=OPEN&due=" + day + "&size=50");
        CompletableFuture<Reply> waiting = services.get(token, "notification", "/api/notifications?status=QUEUED&size=50");
        return page.render(today, "navToday").data("worklist", worklist.join()).data("falling", falling.join())
                .data("broken", broken.join()).data("late", late.join()).data("due", due.join())
                .data("waiting", waiting.join()).data("held", held(waiting.join()));
    }
}
