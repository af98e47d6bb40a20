package com.getpaid.events.complaints;

import com.getpaid.events.DomainEvent;

/** Events of a complaint (投诉), published on complaints.v1. */
public sealed interface ComplaintEvent extends DomainEvent permits ComplaintLogged, ComplaintAssigned, ComplaintEscalated,
        ComplaintDispatchOverdue, ComplaintInvestigated, ResolutionProposed, ResolutionApproved, ResolutionAccepted,
        ResolutionCarriedOut, ComplaintCompensationAgreed, CallbackRecorded, ComplaintReopened, ComplaintClosed {
}
