package fr.sessiontp.security.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every password chosen in SessionTP: at least 12 characters, not a common one, not the username, within bcrypt's 72 bytes. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertThat(policy.refusal("Granit-Sureau-Lanterne-42", "marie")).isEmpty();
        assertThat(policy.accepts("douze-car-ok", "marie")).isTrue();
    }

    @Test
    void elevenCharactersAreRefusedTwelveAccepted() {
        assertThat(policy.refusal("onze-cara-1", "marie")).hasValue(
                "Mot de passe trop court : il faut au moins 12 caractères. Une phrase de plusieurs mots est plus facile à retenir.");
        assertThat(policy.refusal("douze-cara-1", "marie")).isEmpty();
    }

    @Test
    void accentedCharactersCountAsOneCharacter() {
        assertThat(policy.refusal("éééééééééé-1", "marie")).isEmpty();
        assertThat(policy.refusal("éééééééééé1", "marie")).isPresent();
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        assertThat(policy.refusal("motdepasse123", "marie")).hasValue(
                "Ce mot de passe figure dans la liste des mots de passe les plus courants : choisissez-en un autre.");
        assertThat(policy.refusal("AZERTYUIOP123", "marie")).isPresent();
        assertThat(policy.refusal("123456789012", "marie")).isPresent();
    }

    @Test
    void theUsernameIsRefused() {
        assertThat(policy.refusal("Marie.Durand-Caen", "marie.durand-caen")).hasValue(
                "Le mot de passe ne doit pas être l'identifiant : choisissez-en un autre.");
    }

    @Test
    void emptyAndOverlongPasswordsAreRefused() {
        assertThat(policy.refusal("", "marie")).hasValue("Saisissez un mot de passe.");
        assertThat(policy.refusal(null, "marie")).isPresent();
        assertThat(policy.refusal("é".repeat(37), "marie")).get().asString().startsWith("Mot de passe trop long");
        assertThat(policy.refusal("a-".repeat(36), "marie")).isEmpty();
    }
}
