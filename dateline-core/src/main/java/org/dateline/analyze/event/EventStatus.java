package org.dateline.analyze.event;

/**
 * Where an event stands according to the text, from weakest to strongest claim about the future:
 * a frame seen in several sentences keeps the most specific status (an agreed meeting stays agreed even where
 * a sentence only says it "will" happen).
 */
public enum EventStatus { UNKNOWN, HAPPENED, PLANNED, AGREED, CANCELLED }
