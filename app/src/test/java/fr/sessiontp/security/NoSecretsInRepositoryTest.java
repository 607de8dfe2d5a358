package fr.sessiontp.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Scans every file tracked by git for private keys, key stores, cloud or forge tokens and passwords written in
 * configuration files. Demo passwords are generated at first start into a git-ignored file, the seal key is derived from a
 * generated secret file: neither may ever be committed. See docs/security.md.
 */
class NoSecretsInRepositoryTest {

    /** Written so that this file does not match itself. */
    private static final List<Pattern> SECRETS_ANYWHERE = List.of(
            Pattern.compile("-{5}BEGIN [A-Z ]*PRIVATE KEY( BLOCK)?-{5}"),
            Pattern.compile("\\bAKIA[0-9A-Z]{16}\\b"),
            Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{36,}\\b"),
            Pattern.compile("\\bxox[abprs]-[A-Za-z0-9-]{10,}"),
            Pattern.compile("\\bsk_live_[A-Za-z0-9]{16,}"));
    /** {@code something.password=value} in configuration files (a path to a secret file or a placeholder is fine). */
    private static final Pattern SECRET_SETTING = Pattern.compile(
            "(?i)^\\s*[\\w.\\-]*(password|passwd|pwd|secret|token|api[-_]?key|private[-_]?key)[\\w.\\-]*\\s*[=:]\\s*(\\S.*)$");
    private static final List<String> CONFIG_SUFFIXES = List.of(".properties", ".yml", ".yaml", ".env", ".conf", ".cfg",
            ".ini", ".sh", ".toml");
    private static final List<String> KEY_STORE_SUFFIXES = List.of(".pem", ".key", ".p12", ".pfx", ".jks", ".keystore",
            ".jceks", ".der", ".kdbx");

    @Test
    void noTrackedFileHoldsAPrivateKeyATokenOrAConfiguredPassword() throws Exception {
        Path root = repositoryRoot();
        List<String> files = trackedFiles(root);
        assertThat(files).as("git ls-files").hasSizeGreaterThan(50);
        List<String> findings = new ArrayList<>();
        for (String name : files) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (KEY_STORE_SUFFIXES.stream().anyMatch(lower::endsWith) || lower.endsWith("id_rsa")
                    || lower.endsWith("id_ed25519")) {
                findings.add(name + ": key or key store file");
                continue;
            }
            Path file = root.resolve(name);
            if (!Files.isRegularFile(file) || Files.size(file) > 5_000_000) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (isBinary(bytes)) {
                continue;
            }
            List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines().toList();
            boolean config = CONFIG_SUFFIXES.stream().anyMatch(lower::endsWith)
                    && !lower.matches(".*/messages[^/]*\\.properties") || lower.endsWith(".env");
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                for (Pattern secret : SECRETS_ANYWHERE) {
                    if (secret.matcher(line).find()) {
                        findings.add(name + ":" + (i + 1) + ": matches " + secret.pattern());
                    }
                }
                if (config) {
                    var setting = SECRET_SETTING.matcher(line);
                    if (setting.find() && !line.strip().startsWith("#") && !acceptable(line, setting.group(2))) {
                        findings.add(name + ":" + (i + 1) + ": a secret written in configuration");
                    }
                }
            }
        }
        assertThat(findings).as("secrets in tracked files").isEmpty();
    }

    @Test
    void theDemoCredentialsAndGeneratedSecretsAreIgnoredByGit() throws Exception {
        Path root = repositoryRoot();
        String ignore = Files.readString(root.resolve(".gitignore"));
        assertThat(ignore).as("data directory (demo-credentials.txt, seal secret, database)").contains("data/");
        assertThat(ignore).contains("target/");
        assertThat(trackedFiles(root)).noneMatch(f -> f.contains("demo-credentials") || f.endsWith("seal-secret"));
    }

    /** A placeholder, an empty value or the path of a file holding the secret. */
    private static boolean acceptable(String line, String value) {
        String key = line.substring(0, line.indexOf(value)).toLowerCase(Locale.ROOT);
        return value.isBlank() || value.startsWith("${") || key.matches(".*(-file|\\.file|-dir|-path)\\s*[=:]\\s*");
    }

    private static boolean isBinary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(".git"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("a git repository above " + Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }

    private static List<String> trackedFiles(Path root) throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "ls-files", "-z").directory(root.toFile()).redirectErrorStream(true)
                .start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor()).as("git ls-files: " + out).isZero();
        return List.of(out.split("\0"));
    }
}
