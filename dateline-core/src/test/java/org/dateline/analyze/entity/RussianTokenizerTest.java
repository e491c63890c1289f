package org.dateline.analyze.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RussianTokenizerTest {

    private static List<String> words(String text) {
        return RussianTokenizer.tokenize(text).stream().map(RussianTokenizer.Token::text).toList();
    }

    @Test
    void hyphenatedWordsDottedNamesAndDecimalsStayWhole() {
        assertThat(words("Из-за дождя в Санкт-Петербурге «Лента.ру» и Mail.Ru потеряли 1,5 млн (12.5%)..."))
                .containsExactly("Из-за", "дождя", "в", "Санкт-Петербурге", "«", "Лента.ру", "»", "и", "Mail.Ru",
                        "потеряли", "1,5", "млн", "(", "12.5", "%", ")", "...");
    }

    @Test
    void sentenceFinalDotAndCommasSplitOff() {
        assertThat(words("Путин, Лавров и Шойгу.Заседание")).containsExactly("Путин", ",", "Лавров", "и", "Шойгу",
                ".", "Заседание");
        assertThat(words("в 2001 году.")).containsExactly("в", "2001", "году", ".");
    }

    @Test
    void anEmojisVariationSelectorIsNoPartOfTheWordAfterIt() {
        assertThat(words("❗️Путин прибыл")).containsExactly("❗", "\uFE0F", "Путин", "прибыл");
        // a stress accent inside a word stays in it
        assertThat(words("замо\u0301к")).containsExactly("замо\u0301к");
    }

    @Test
    void spansPointIntoTheText() {
        String text = "  Компания «Газпром»\tзаявила";
        for (RussianTokenizer.Token t : RussianTokenizer.tokenize(text)) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }

    @Test
    void sentencesBreakAtFullStopsButNotAfterInitialsOrAbbreviations() {
        String text = "В. В. Путин прибыл в г. Москва. Он заявил: «Всё хорошо». Затем уехал\nНовая строка";
        List<List<RussianTokenizer.Token>> sentences =
                RussianTokenizer.sentences(text, RussianTokenizer.tokenize(text));
        assertThat(sentences).extracting(s -> s.get(0).text()).containsExactly("В", "Он", "Затем", "Новая");
        assertThat(sentences.get(1)).extracting(RussianTokenizer.Token::text).endsWith("»", ".");
    }

    @Test
    void anInitialWrittenWithASpaceBeforeItsDotEndsNoSentence() {
        // tokenized text (factRuEval's, joined by spaces) writes "М . С . Горбачевым"
        String text = "Перестройка , начатой М . С . Горбачевым . Впрочем , это";
        assertThat(RussianTokenizer.sentences(text, RussianTokenizer.tokenize(text)))
                .extracting(s -> s.get(0).text()).containsExactly("Перестройка", "Впрочем");
    }
}
