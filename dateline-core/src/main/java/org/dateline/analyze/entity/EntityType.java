package org.dateline.analyze.entity;

/** The kinds of named entity Dateline tells apart; CoNLL's four classes, so every recognizer can be scored alike. */
public enum EntityType {
    PERSON("PER"), ORGANIZATION("ORG"), LOCATION("LOC"), MISC("MISC");

    private final String conll;

    EntityType(String conll) {
        this.conll = conll;
    }

    /** The CoNLL tag suffix: PER, ORG, LOC, MISC. */
    public String conll() {
        return conll;
    }

    /** Parses a CoNLL suffix or a common label (PERSON, GPE, LOCATION, ...); null when it names no entity type. */
    public static EntityType parse(String label) {
        if (label == null) return null;
        return switch (label.toUpperCase(java.util.Locale.ROOT)) {
            case "PER", "PERSON" -> PERSON;
            case "ORG", "ORGANIZATION", "ORGANISATION" -> ORGANIZATION;
            case "LOC", "LOCATION", "GPE", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "LOCORG" -> LOCATION;
            case "MISC", "NORP", "NATIONALITY", "EVENT", "PRODUCT" -> MISC;
            default -> null;
        };
    }
}
