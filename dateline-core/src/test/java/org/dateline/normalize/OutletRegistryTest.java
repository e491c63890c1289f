package org.dateline.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutletRegistryTest {

    private final OutletRegistry bundled = OutletRegistry.bundled();

    @Test
    void findsOutletByItsDomain() {
        assertThat(bundled.byHost("themoscowtimes.com")).get().extracting(Outlet::id).isEqualTo("moscow-times");
    }

    @Test
    void findsOutletByHostWithWwwOrSubdomain() {
        assertThat(bundled.byHost("www.themoscowtimes.com")).get().extracting(Outlet::id).isEqualTo("moscow-times");
        assertThat(bundled.byHost("WWW.TASS.RU")).get().extracting(Outlet::id).isEqualTo("tass");
        assertThat(bundled.byHost("en.news.tass.com")).get().extracting(Outlet::id).isEqualTo("tass");
    }

    @Test
    void doesNotMatchLookAlikeDomains() {
        assertThat(bundled.byHost("tass.com.example")).isEmpty();
        assertThat(bundled.byHost("notthemoscowtimes.com")).isEmpty();
        assertThat(bundled.byHost("com")).isEmpty();
        assertThat(bundled.byHost(null)).isEmpty();
    }

    @Test
    void findsOutletByMarkerIgnoringCaseAndPunctuation() {
        assertThat(bundled.byMarker("TASS")).get().extracting(Outlet::id).isEqualTo("tass");
        assertThat(bundled.byMarker("tass")).get().extracting(Outlet::id).isEqualTo("tass");
        assertThat(bundled.byMarker("T.A.S.S.")).get().extracting(Outlet::id).isEqualTo("tass");
        assertThat(bundled.byMarker("ТАСС")).get().extracting(Outlet::id).isEqualTo("tass");
        assertThat(bundled.byMarker("the moscow times")).get().extracting(Outlet::id).isEqualTo("moscow-times");
        assertThat(bundled.byMarker("Moscow-Times")).get().extracting(Outlet::id).isEqualTo("moscow-times");
    }

    @Test
    void findsNothingForUnknownMarker() {
        assertThat(bundled.byMarker("Orvik Daily Clarion")).isEmpty();
        assertThat(bundled.byMarker(null)).isEmpty();
    }

    @Test
    void userFileAddsOutlets(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("outlets.json");
        Files.writeString(file, """
                [{"id":"orvik-clarion","name":"Orvik Daily Clarion","domains":["clarion.example"],
                  "agencyMarkers":["ODC"],"telegram":["clarion_news"]}]
                """);
        OutletRegistry r = OutletRegistry.bundledPlus(List.of(file));
        assertThat(r.byHost("www.clarion.example")).get().extracting(Outlet::name).isEqualTo("Orvik Daily Clarion");
        assertThat(r.byMarker("odc")).get().extracting(Outlet::id).isEqualTo("orvik-clarion");
        assertThat(r.byMarker("Orvik Daily Clarion")).get().extracting(Outlet::id).isEqualTo("orvik-clarion");
        assertThat(r.byTelegramChannel("Clarion_News")).get().extracting(Outlet::id).isEqualTo("orvik-clarion");
        assertThat(r.byId("tass")).isPresent();
    }

    @Test
    void userFileOverridesBundledEntryWithTheSameId(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("outlets.json");
        Files.writeString(file, """
                [{"id":"tass","name":"TASS Russian News Agency","domains":["tass.com","tass.ru"],
                  "agencyMarkers":["TASS","ТАСС"],"type":"state-owned","groups":["my group"]}]
                """);
        OutletRegistry r = OutletRegistry.bundledPlus(List.of(file));
        assertThat(r.byId("tass")).get().extracting(Outlet::name).isEqualTo("TASS Russian News Agency");
        assertThat(r.byHost("tass.com")).get().extracting(Outlet::name).isEqualTo("TASS Russian News Agency");
        assertThat(r.byMarker("ТАСС")).get().extracting(Outlet::groups).isEqualTo(List.of("my group"));
        assertThat(r.all()).filteredOn(o -> o.id().equals("tass")).hasSize(1);
    }

    @Test
    void overriddenEntryNoLongerAnswersForWhatItDropped(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("outlets.json");
        Files.writeString(file, """
                [{"id":"tass","name":"TASS Mirror","domains":["tass.example"],"agencyMarkers":["TASS"]}]
                """);
        OutletRegistry r = OutletRegistry.bundledPlus(List.of(file));
        // The bundled TASS entry is replaced: no lookup may still hand out the old entry.
        assertThat(r.byHost("tass.example")).get().extracting(Outlet::name).isEqualTo("TASS Mirror");
        assertThat(r.byHost("tass.com").map(Outlet::name)).isIn(java.util.Optional.empty(), java.util.Optional.of("TASS Mirror"));
        assertThat(r.byMarker("ITAR-TASS").map(Outlet::name)).isIn(java.util.Optional.empty(), java.util.Optional.of("TASS Mirror"));
    }

    @Test
    void laterUserFileWinsOverEarlierOne(@TempDir Path tmp) throws IOException {
        Path first = tmp.resolve("a.json");
        Path second = tmp.resolve("b.json");
        Files.writeString(first, "[{\"id\":\"x\",\"name\":\"First\",\"domains\":[\"x.example\"]}]");
        Files.writeString(second, "[{\"id\":\"x\",\"name\":\"Second\",\"domains\":[\"x.example\"]}]");
        OutletRegistry r = OutletRegistry.bundledPlus(List.of(first, second));
        assertThat(r.byId("x")).get().extracting(Outlet::name).isEqualTo("Second");
        assertThat(r.byHost("x.example")).get().extracting(Outlet::name).isEqualTo("Second");
    }

    @Test
    void rejectsFileThatIsNotARegistryWithItsName(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("broken.json");
        Files.writeString(file, "{\"id\":\"x\"");
        assertThatThrownBy(() -> OutletRegistry.bundledPlus(List.of(file)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("broken.json");
    }
}
