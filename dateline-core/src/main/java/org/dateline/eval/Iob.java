package org.dateline.eval;

import org.dateline.analyze.entity.EntityType;

import java.util.ArrayList;
import java.util.List;

/** IOB tag handling shared by the NER evaluation: reading any IOB dialect as IOB2 and cutting tags into chunks. */
final class Iob {

    private Iob() {
    }

    /** One entity: tokens {@code start} (inclusive) to {@code end} (exclusive) of type {@code type} (PER, ORG, ...). */
    record Chunk(int start, int end, String type) {

        boolean overlaps(Chunk o) {
            return start < o.end && o.start < end;
        }
    }

    /**
     * The IOB2 form of {@code tag} given the IOB2 tag before it in the sentence: IOB1 and plain {@code I-} (IO)
     * open an entity with {@code I-}, so an {@code I-} that does not continue the same type becomes {@code B-}.
     * Types are normalised to the CoNLL names when known (PERSON → PER).
     */
    static String toIob2(String tag, String previous) {
        if (tag.equals("O")) return "O";
        boolean begins = tag.startsWith("B-");
        String type = normaliseType(tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : tag);
        if (!begins && previous.length() > 2 && previous.substring(2).equals(type)) return "I-" + type;
        return "B-" + type;
    }

    private static String normaliseType(String type) {
        EntityType known = EntityType.parse(type);
        return known == null ? type : known.conll();
    }

    /** The chunks of IOB2 tags over {@code doc}'s tokens; a sentence start always closes the chunk before it. */
    static List<Chunk> chunks(List<String> tags, NerEval.Document doc, boolean ignoreMisc) {
        List<Chunk> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            if (ignoreMisc && tag.endsWith("-MISC")) tag = "O";
            boolean continues = type != null && tag.equals("I-" + type) && !doc.startsSentence(i);
            if (continues) continue;
            if (type != null) out.add(new Chunk(start, i, type));
            type = tag.equals("O") ? null : tag.substring(2);
            start = i;
        }
        return out;
    }
}
