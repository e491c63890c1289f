package org.dateline.analyze.entity;

import java.util.Set;

/** The core's own Russian recognizer, at the core's priority: a model module for Russian may outrank it. */
public final class RussianNerProvider implements EntityRecognizerProvider {

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public EntityRecognizer create() {
        return RussianNer.bundled();
    }

    @Override
    public Set<String> languages() {
        return Set.of("ru");
    }
}
