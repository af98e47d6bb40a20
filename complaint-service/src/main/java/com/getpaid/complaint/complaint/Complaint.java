package com.getpaid.complaint.complaint;

import com.getpaid.events.complaints.ComplaintEvent;
import com.getpaid.events.complaints.ComplaintLogged;
import com.getpaid.kit.api.ApiProblem;
import java.time.Instant;
import java.util.List;

/** The complaint aggregate; so far it is logged. Later steps (assign, resolve, follow up) add to it. */
public final class Complaint {

    private String status;
    private long version;

    public static String streamId(String complaintId) {
        return "complaint-" + complaintId;
    }

    public static Complaint from(List<ComplaintEvent> history) {
        Complaint complaint = new Complaint();
        history.forEach(complaint::apply);
        return complaint;
    }

    public long version() {
        return version;
    }

    public List<ComplaintEvent> log(String complaintId, LogComplaint c, Instant now) {
        if (status != null) {
            throw ApiProblem.conflict("id", "Complaint " + complaintId + " was already logged");
        }
        return List.of(new ComplaintLogged(complaintId, c.customerId(), c.category(), c.channel(), c.description(),
                c.recordedBy(), c.invoiceIds(), c.disputedAmount(), c.currency(), now));
    }

    void apply(ComplaintEvent event) {
        version++;
        if (event instanceof ComplaintLogged) {
            status = "LOGGED";
        }
    }
}
