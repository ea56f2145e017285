/**
 * The engagement's records and its judged status, as other modules (the workspace pages)
 * read them.
 */
@org.springframework.modulith.NamedInterface("model")
package com.caio.engine.engagement.model;
