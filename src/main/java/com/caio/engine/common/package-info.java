/**
 * Helpers every module may use and that depend on none: hashing, the one refusal type and
 * the one not-found.
 */
package com.caio.engine.common;
