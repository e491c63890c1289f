package org.dateline.analyze.quote;

/** An attribution proposed for the learned model: the draft and what proposed it ("rule", or "verb" for a learned cue). */
record Candidate(Draft draft, String origin) {
}
