package com.caio.engine.engagement.model;

/** A deliverable accepted by a CDO and two other executives of the client. */
public record ExecutiveAcceptance(Deliverable deliverable) {

}
