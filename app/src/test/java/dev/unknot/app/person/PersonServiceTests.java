package dev.unknot.app.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.app.testing.AppTest;
import dev.unknot.app.testing.TestClock;
import dev.unknot.core.calendar.PersonalCalendar;
import dev.unknot.wire.error.ConflictException;
import dev.unknot.wire.error.InvalidInputException;
import dev.unknot.wire.error.NotFoundException;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

abstract class PersonServiceTests extends AppTest {

    PersonService people() {
        return bean(PersonService.class);
    }

    @Test
    void localPersonIsCreatedOnFirstUseAndThenFound() {
        Person first = people().local();
        Person second = people().local();

        assertThat(second).isEqualTo(first);
        assertThat(first.username()).isEqualTo("local");
        assertThat(first.calendar()).isEqualTo(PersonalCalendar.startingAtMidnight(TestClock.DEFAULT_ZONE));
    }

    @Test
    void accountKeepsTheHashItWasGiven() {
        Person created = people().createAccount("Ada.Lovelace", "$argon2id$v=19$hash");

        assertThat(created.username()).isEqualTo("ada.lovelace");
        assertThat(people().credentials("ADA.lovelace"))
                .get()
                .isEqualTo(new Credentials(created.id(), "$argon2id$v=19$hash"));
        assertThat(people().findByUsername("ada.lovelace")).contains(created);
        assertThat(people().get(created.id())).isEqualTo(created);
    }

    @Test
    void aNewAccountKeepsTheDefaultZoneUntilItChoosesAnother() {
        Person created = people().createAccount("zone.keeper", "hash");
        assertThat(people().keepsDefaultZone(created)).isTrue();

        String other = TestClock.DEFAULT_ZONE.getId().equals("Europe/Berlin") ? "Asia/Tokyo" : "Europe/Berlin";
        Person moved = people().changeCalendar(created.id(), other, "04:00");

        assertThat(people().keepsDefaultZone(moved)).isFalse();
    }

    @Test
    void localPersonHasNoCredentials() {
        people().local();

        assertThat(people().credentials("local")).isEmpty();
        assertThat(people().credentials("nobody")).isEmpty();
    }

    @Test
    void hasAccountsOnceAWebAccountIsOpened() {
        // The database is shared by the class's tests, so only the "after" is certain here.
        people().createAccount("first.account", "hash");

        assertThat(people().hasAccounts()).isTrue();
    }

    @Test
    void takenUsernameIsAConflict() {
        people().createAccount("grace", "hash");

        assertThatThrownBy(() -> people().createAccount("Grace", "other"))
                .isInstanceOf(ConflictException.class)
                .hasMessage("username 'grace' is taken");
    }

    @Test
    void badUsernamesAreRejected() {
        assertThatThrownBy(() -> people().createAccount("local", "hash"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("username 'local' is kept for the command line");
        assertThatThrownBy(() -> people().createAccount(" ", "hash"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("username must be 1 to 64 letters");
        assertThatThrownBy(() -> people().createAccount("semi;colon", "hash"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("username");
        assertThatThrownBy(() -> people().createAccount("fine", " "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("password hash must be 1 to 255 characters");
        assertThat(people().findByUsername("fine")).isEmpty();
    }

    @Test
    void passwordHashIsReplacedForThatAccountOnly() {
        Person ada = people().createAccount("ada.changes", "old-hash");
        Person bob = people().createAccount("bob.keeps", "bobs-hash");

        people().changePasswordHash(ada.id(), "new-hash");

        assertThat(people().credentials("ada.changes"))
                .hasValueSatisfying(
                        credentials -> assertThat(credentials.passwordHash()).isEqualTo("new-hash"));
        assertThat(people().credentials("bob.keeps"))
                .hasValueSatisfying(
                        credentials -> assertThat(credentials.passwordHash()).isEqualTo("bobs-hash"));
    }

    @Test
    void passwordHashChangeIsRefusedForBadHashesUnknownPeopleAndTheLocalPerson() {
        Person ada = people().createAccount("ada.refused", "old-hash");

        assertThatThrownBy(() -> people().changePasswordHash(ada.id(), " "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1 to 255");
        assertThatThrownBy(() -> people().changePasswordHash(ada.id(), "x".repeat(256)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1 to 255");
        assertThatThrownBy(() -> people().changePasswordHash(new PersonId(Long.MAX_VALUE), "new-hash"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> people().changePasswordHash(people().local().id(), "new-hash"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("no password");
        assertThat(people().credentials("ada.refused"))
                .hasValueSatisfying(
                        credentials -> assertThat(credentials.passwordHash()).isEqualTo("old-hash"));
        assertThat(people().credentials(PersonService.LOCAL_USERNAME)).isEmpty();
    }

    @Test
    void calendarChangesFromWhatWasTyped() {
        Person person = newPerson();

        Person changed = people().changeCalendar(person.id(), "America/New_York", "04:30");

        assertThat(changed.calendar())
                .isEqualTo(new PersonalCalendar(ZoneId.of("America/New_York"), LocalTime.of(4, 30)));
        assertThat(people().get(person.id())).isEqualTo(changed);
    }

    @Test
    void malformedCalendarIsRejectedAndNothingChanges() {
        Person person = newPerson();

        assertThatThrownBy(() -> people().changeCalendar(person.id(), "Mars/Olympus_Mons", "04:00"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("time zone must be a region such as Europe/Berlin or an offset such as +02:00, "
                        + "was 'Mars/Olympus_Mons'");
        assertThatThrownBy(() -> people().changeCalendar(person.id(), "Europe/Berlin", "4 o'clock"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("day start must be a time such as 04:00, was '4 o'clock'");
        assertThatThrownBy(() -> people().changeCalendar(person.id(), "Europe/Berlin", "04:00:30"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("day start must be on a whole minute, was 04:00:30");
        assertThat(people().get(person.id())).isEqualTo(person);
    }

    @Test
    void unknownPersonIsNotFound() {
        assertThatThrownBy(() -> people().get(new PersonId(987_654)))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("no person 987654");
        assertThatThrownBy(() -> people().changeCalendar(new PersonId(987_654), "UTC", "00:00"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void routineCuesSoundUntilMutedAndTheChoiceIsKeptForThePerson() {
        Person person = newPerson();
        Person other = newPerson();
        assertThat(people().cuesMuted(person.id())).isFalse();

        assertThat(people().muteCues(person.id(), true)).isTrue();

        assertThat(people().cuesMuted(person.id())).isTrue();
        assertThat(people().cuesMuted(other.id())).isFalse();
        assertThat(people().get(person.id())).isEqualTo(person);
        people().muteCues(person.id(), false);
        assertThat(people().cuesMuted(person.id())).isFalse();
    }

    @Test
    void mutingCuesOfNobodyIsNotFound() {
        assertThatThrownBy(() -> people().muteCues(new PersonId(987_654), true)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> people().cuesMuted(new PersonId(987_654))).isInstanceOf(NotFoundException.class);
    }
}
