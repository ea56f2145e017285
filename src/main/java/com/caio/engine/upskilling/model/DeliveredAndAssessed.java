package com.caio.engine.upskilling.model;

/** Derived by the module rules: a module delivered and assessed for its audience. */
public record DeliveredAndAssessed(String module, String rule) {
}
