package org.dateline.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiTokenTest {

    @Test
    void generatedOnceKeptOwnerOnlyAndReused(@TempDir Path data) throws Exception {
        ApiToken first = ApiToken.resolve(null, null, data);
        assertThat(first.source()).isEqualTo(ApiToken.Source.GENERATED);
        assertThat(first.value()).matches("[0-9a-f]{64}");
        Path file = data.resolve(ApiToken.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        ApiToken again = ApiToken.resolve(null, null, data);
        assertThat(again.source()).isEqualTo(ApiToken.Source.FILE);
        assertThat(again.value()).isEqualTo(first.value());
    }

    @Test
    void optionBeatsEnvironmentBeatsFile(@TempDir Path data) {
        assertThat(ApiToken.resolve("option-token-0123456789", "env-token-0123456789", data).value()).isEqualTo("option-token-0123456789");
        assertThat(ApiToken.resolve(null, "env-token-0123456789", data).source()).isEqualTo(ApiToken.Source.ENVIRONMENT);
        assertThat(Files.exists(data.resolve(ApiToken.FILE))).isFalse();
        assertThatThrownBy(() -> ApiToken.resolve("short", null, data)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsOnlyTheExactBearerToken() {
        ApiToken t = new ApiToken("secret-token-0123456789", ApiToken.Source.OPTION);
        assertThat(t.accepts("Bearer secret-token-0123456789")).isTrue();
        assertThat(t.accepts("bearer secret-token-0123456789")).isTrue();
        assertThat(t.accepts("Bearer secret-token-012345678")).isFalse();
        assertThat(t.accepts("Basic secret-token-0123456789")).isFalse();
        assertThat(t.accepts(null)).isFalse();
    }
}
