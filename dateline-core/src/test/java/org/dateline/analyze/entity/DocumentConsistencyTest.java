package org.dateline.analyze.entity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The document-level repairs on hand-made tag sequences. */
class DocumentConsistencyTest {

    private static List<List<String>> words(String... sentences) {
        List<List<String>> out = new ArrayList<>();
        for (String s : sentences) out.add(List.of(s.split(" ")));
        return out;
    }

    private static List<String[]> tags(String... sentences) {
        List<String[]> out = new ArrayList<>();
        for (String s : sentences) out.add(s.split(" "));
        return out;
    }

    @Test
    void aNameTakesTheTypeTheDocumentGivesItMostOften() {
        List<List<String>> w = words("Вести сообщили", "Вести пишут", "в Вести .");
        List<String[]> t = tags("B-ORG O", "B-ORG O", "O B-PER O");
        DocumentConsistency.apply(w, t);
        assertThat(t.get(2)).containsExactly("O", "B-ORG", "O");
    }

    @Test
    void aTieKeepsEachMentionsOwnType() {
        List<List<String>> w = words("Вести сообщили", "в Вести .");
        List<String[]> t = tags("B-ORG O", "O B-PER O");
        DocumentConsistency.apply(w, t);
        assertThat(t.get(0)).containsExactly("B-ORG", "O");
        assertThat(t.get(1)).containsExactly("O", "B-PER", "O");
    }

    @Test
    void anInflectedSurnameOfANamedPersonIsAPerson() {
        List<List<String>> w = words("Иван Соколов приехал", "у Соколова дом");
        List<String[]> t = tags("B-PER I-PER O", "O B-LOC O");
        DocumentConsistency.apply(w, t);
        assertThat(t.get(1)).containsExactly("O", "B-PER", "O");
    }

    @Test
    void aShortWordIsNotTakenForASurnameByItsFirstLetters() {
        assertThat(DocumentConsistency.forms("Соколова")).containsExactly("соколова", "соколов", "соколо");
        assertThat(DocumentConsistency.forms("Ким")).containsExactly("ким");
    }

    @Test
    void anUntaggedRepeatOfANameIsTagged() {
        List<List<String>> w = words("Новая Газета вышла", "Новая Газета и Мир", "Новая жизнь");
        List<String[]> t = tags("B-ORG I-ORG O", "O O O B-LOC", "O O");
        DocumentConsistency.apply(w, t);
        assertThat(t.get(1)).containsExactly("B-ORG", "I-ORG", "O", "B-LOC");
        assertThat(t.get(2)).containsExactly("O", "O");
    }
}
