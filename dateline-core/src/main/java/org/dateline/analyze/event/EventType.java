package org.dateline.analyze.event;

/** The kinds of event frame Dateline extracts. */
public enum EventType { MEETING, STATEMENT, ARREST, ATTACK, ELECTION, AGREEMENT, DISASTER, THEFT }
