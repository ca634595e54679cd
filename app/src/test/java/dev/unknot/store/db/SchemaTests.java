package dev.unknot.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.unknot.app.checkin.CheckInRequest;
import dev.unknot.app.checkin.CheckInService;
import dev.unknot.app.habit.HabitService;
import dev.unknot.app.habit.NewHabit;
import dev.unknot.app.history.CheckInHistory;
import dev.unknot.app.person.Person;
import dev.unknot.app.person.PersonService;
import dev.unknot.app.testing.AppTest;
import dev.unknot.app.testing.TestPlugin;
import dev.unknot.core.habit.Habit;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The schema Flyway creates: migrations that run cleanly again, and rules the database enforces itself. */
abstract class SchemaTests extends AppTest {

    @Test
    void startingAgainOnTheSameDatabaseMigratesNothingAndKeepsTheData() throws SQLException {
        Person person = bean(PersonService.class).local();
        bean(HabitService.class).create(person.id(), NewHabit.technique(TestPlugin.PLANK));
        List<String> before = history(context);

        for (int restart = 0; restart < 2; restart++) {
            try (ApplicationContext again = ApplicationContext.builder()
                    .deduceEnvironment(false)
                    .properties(databaseProperties())
                    .start()) {
                Person local = again.getBean(PersonService.class).local();
                assertThat(local).isEqualTo(person);
                assertThat(again.getBean(HabitService.class).list(local.id())).hasSize(1);
                assertThat(history(again)).isEqualTo(before);
            }
        }
        assertThat(before)
                .containsExactly(
                        "1 create schema true",
                        "2 access tokens true",
                        "3 history revision true",
                        "4 settings revision true",
                        "5 drop settings revision true",
                        "6 revision and standings true",
                        "7 relief index true",
                        "8 schema fingerprint true",
                        "9 standing relief true",
                        "10 safety screen true",
                        "11 attempt limit true",
                        "13 reminders true",
                        "16 pain true",
                        "17 own exercises true",
                        "18 administration true",
                        "19 reminder snooze true",
                        "20 web push true",
                        "21 oidc link true",
                        "22 plan answers true",
                        "23 standing pain relief true",
                        "24 routine cues true",
                        "25 reminder action key true");
    }

    @Test
    void databaseRefusesWhatTheServicesWouldRefuse() throws SQLException {
        Person owner = newPerson();
        Person other = newPerson();
        Habit habit = bean(HabitService.class).create(owner.id(), NewHabit.technique(TestPlugin.PLANK));
        Habit othersHabit = bean(HabitService.class).create(other.id(), NewHabit.technique(TestPlugin.PLANK));
        bean(CheckInService.class).record(owner.id(), CheckInRequest.of("taken", habit.id()));

        assertRefused(owner.id().value(), habit.id().value(), "t1", 1, 11);
        assertRefused(owner.id().value(), habit.id().value(), "t2", 1, -1);
        assertRefused(owner.id().value(), habit.id().value(), "t3", -1, 5);
        assertRefused(owner.id().value(), othersHabit.id().value(), "t4", 1, 5);
        assertRefused(owner.id().value(), 987_654, "t5", 1, 5);
        assertRefused(owner.id().value(), habit.id().value(), "taken", 1, 5);
        assertThat(bean(CheckInHistory.class).all(owner.id())).hasSize(1);
    }

    private void assertRefused(long person, long habit, String clientId, double amount, int before) {
        assertThatThrownBy(() -> {
                    try (Connection connection = rawConnection(context);
                            PreparedStatement insert = connection.prepareStatement("""
                            INSERT INTO check_in (person_id, habit_id, client_id, done_at, amount, tightness_before,
                                note, symptoms, recorded_at)
                            VALUES (?, ?, ?, CURRENT_TIMESTAMP, ?, ?, '', '', CURRENT_TIMESTAMP)""")) {
                        insert.setLong(1, person);
                        insert.setLong(2, habit);
                        insert.setString(3, clientId);
                        insert.setDouble(4, amount);
                        insert.setInt(5, before);
                        insert.executeUpdate();
                    }
                })
                .as("client id %s", clientId)
                .isInstanceOf(SQLException.class);
    }

    /** A plain JDBC connection from the pool, outside Micronaut's transaction management. */
    private static Connection rawConnection(ApplicationContext context) throws SQLException {
        return DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class))
                .getConnection();
    }

    private static List<String> history(ApplicationContext context) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = rawConnection(context);
                PreparedStatement query = connection.prepareStatement(
                        "SELECT version, description, success FROM flyway_schema_history WHERE version IS NOT NULL "
                                + "ORDER BY installed_rank");
                ResultSet result = query.executeQuery()) {
            while (result.next()) {
                rows.add(result.getString(1) + " " + result.getString(2).toLowerCase() + " " + result.getBoolean(3));
            }
        }
        return rows;
    }
}
