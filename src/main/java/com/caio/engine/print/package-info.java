/**
 * Documents for executives written once as blocks (title, headings, paragraphs, bullets,
 * tables, pictures) and printed as PDF or Word, so that each capability writes what it
 * says, not how a page is laid out.
 */
package com.caio.engine.print;
