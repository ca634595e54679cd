package dev.unknot.api.habit;

import static dev.unknot.api.testing.ApiAssertions.assertError;
import static dev.unknot.api.testing.Bodies.CHILDS_POSE;
import static dev.unknot.api.testing.Bodies.WATER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.unknot.api.testing.Answer;
import dev.unknot.api.testing.ApiDatabase;
import dev.unknot.api.testing.ApiServerTest;
import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.Test;

class HabitsApiTests extends ApiServerTest {

    @Override
    protected ApiDatabase newDatabase() {
        return ApiDatabase.h2();
    }

    @Test
    void aHabitFromATechniqueIsCreatedWith201AndItsShape() {
        Answer created = send("POST", "/api/v1/habits", newCaller(), CHILDS_POSE);

        assertThat(created.status()).isEqualTo(201);
        JsonNode habit = created.json();
        assertThat(habit.get("id").coerceStringValue()).matches("[0-9]+");
        assertThat(habit.get("name").getStringValue()).isEqualTo("Child's pose");
        assertThat(habit.get("target").get("kind").getStringValue()).isEqualTo("technique");
        assertThat(habit.get("target").get("id").getStringValue()).isEqualTo("stretching/childs-pose");
        assertThat(habit.get("schedule").get("kind").getStringValue()).isEqualTo("daily");
        assertThat(habit.get("metric").get("kind").getStringValue()).isEqualTo("yes-no");
        assertThat(habit.get("status").getStringValue()).isEqualTo("active");
    }

    @Test
    void aScheduleOfChosenWeekdays() {
        Answer created = send(
                "POST",
                "/api/v1/habits",
                newCaller(),
                "{\"from\":\"technique\",\"id\":\"stretching/cat-cow\","
                        + "\"schedule\":{\"kind\":\"weekdays\",\"days\":[\"monday\",\"thursday\"]}}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("schedule").get("kind").getStringValue()).isEqualTo("weekdays");
        assertThat(created.body()).contains("\"days\":[\"monday\",\"thursday\"]");
    }

    @Test
    void habitsFromATemplateARoutineAndOwnWords() {
        Caller caller = newCaller();

        Answer template = send(
                "POST",
                "/api/v1/habits",
                caller,
                "{\"from\":\"template\",\"id\":\"movement/walk-after-each-hour-of-sitting\"}");
        Answer routine = send(
                "POST",
                "/api/v1/habits",
                caller,
                "{\"from\":\"routine\",\"id\":\"stretching/four-stretch-release\",\"name\":\"Evening release\"}");
        Answer water = send("POST", "/api/v1/habits", caller, WATER);

        assertThat(template.status()).isEqualTo(201);
        assertThat(template.json().get("schedule").get("kind").getStringValue()).isEqualTo("every-hours");
        assertThat(routine.json().get("name").getStringValue()).isEqualTo("Evening release");
        assertThat(water.json()
                        .get("metric")
                        .get("dailyTarget")
                        .getNumberValue()
                        .doubleValue())
                .isEqualTo(8.0);
        assertThat(get("/api/v1/habits", caller).json().get("habits").size()).isEqualTo(3);
    }

    @Test
    void readChangeAndArchive() {
        Caller caller = newCaller();
        String id = newHabit(caller, CHILDS_POSE);

        assertThat(get("/api/v1/habits/" + id, caller).text("name")).isEqualTo("Child's pose");
        Answer changed = send("PATCH", "/api/v1/habits/" + id, caller, "{\"name\":\"Evening pose\"}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.text("name")).isEqualTo("Evening pose");
        assertThat(changed.json().get("schedule").get("kind").getStringValue())
                .as("unchanged")
                .isEqualTo("daily");

        Answer archived = send("POST", "/api/v1/habits/" + id + "/archive", caller, null);
        assertThat(archived.status()).isEqualTo(200);
        assertThat(archived.text("status")).isEqualTo("archived");
        assertThat(get("/api/v1/habits", caller).json().get("habits").size()).isZero();
        assertThat(get("/api/v1/habits?all=true", caller).json().get("habits").size())
                .isEqualTo(1);
    }

    @Test
    void skipTodayOrADayAndPauseOneOrAll() {
        Caller caller = newCaller();
        String pose = newHabit(caller, CHILDS_POSE);
        newHabit(caller, WATER);
        String tomorrow = today(caller).plusDays(1).toString();

        Answer skippedToday = send("POST", "/api/v1/habits/" + pose + "/skip", caller, null);
        Answer skipped = send("POST", "/api/v1/habits/" + pose + "/skip", caller, "{\"day\":\"" + tomorrow + "\"}");
        Answer paused = send(
                "POST", "/api/v1/habits/" + pose + "/pause", caller, "{\"from\":\"2030-01-01\",\"to\":\"2030-01-10\"}");
        Answer all = send("POST", "/api/v1/habits/pause", caller, "{\"from\":\"2030-02-01\",\"to\":\"2030-02-03\"}");

        assertThat(skippedToday.status()).as(skippedToday.body()).isEqualTo(200);
        assertThat(skipped.text("day")).isEqualTo(tomorrow);
        assertThat(skipped.json().get("habit").get("id").coerceStringValue()).isEqualTo(pose);
        assertThat(paused.status()).as(paused.body()).isEqualTo(200);
        assertThat(paused.text("from")).isEqualTo("2030-01-01");
        assertThat(paused.json().get("habits").size()).isEqualTo(1);
        assertThat(all.json().get("habits").size()).isEqualTo(2);
        assertThat(all.text("to")).isEqualTo("2030-02-03");
    }

    @Test
    void allTakesTrueOrFalseAndRefusesAnythingElse() {
        Caller caller = newCaller();
        newHabit(caller, CHILDS_POSE);

        Answer maybe = get("/api/v1/habits?all=maybe", caller);

        assertThat(maybe.status()).as(maybe.body()).isEqualTo(400);
        assertThat(maybe.text("field")).isEqualTo("all");
        assertThat(maybe.text("message")).isEqualTo("all must be true or false, was 'maybe'");
        assertThat(get("/api/v1/habits?all=" + "x".repeat(1000), caller).text("message"))
                .hasSizeLessThan(80);
        assertThat(get("/api/v1/habits?all=false", caller).json().get("habits").size())
                .isEqualTo(1);
        assertThat(get("/api/v1/habits", caller).json().get("habits").size()).isEqualTo(1);
    }

    @Test
    void aDayWithACheckInCannotBeSkipped() {
        Caller caller = newCaller();
        String pose = newHabit(caller, CHILDS_POSE);
        newCheckIn(caller, pose);

        Answer refused = send("POST", "/api/v1/habits/" + pose + "/skip", caller, null);

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.text("error")).isEqualTo("conflict");
        assertThat(refused.text("message"))
                .endsWith("so that day cannot be skipped; undo the check-in first to skip it");
    }

    @Test
    void aSkipTakenBackAndPausesEndedEarly() {
        Caller caller = newCaller();
        String pose = newHabit(caller, CHILDS_POSE);
        newHabit(caller, WATER);
        String today = today(caller).toString();
        send("POST", "/api/v1/habits/" + pose + "/skip", caller, null);
        send("POST", "/api/v1/habits/pause", caller, "{\"from\":null,\"to\":\"2099-01-01\"}");

        Answer unskipped = send("POST", "/api/v1/habits/" + pose + "/unskip", caller, null);
        Answer notSkipped = send("POST", "/api/v1/habits/" + pose + "/unskip", caller, "{\"day\":\"2030-01-01\"}");
        Answer resumed = send("POST", "/api/v1/habits/" + pose + "/resume", caller, null);
        Answer all = send("POST", "/api/v1/habits/resume", caller, "{\"from\":\"" + today + "\"}");
        Answer none = send("POST", "/api/v1/habits/resume", caller, null);
        Answer badDay = send("POST", "/api/v1/habits/" + pose + "/resume", caller, "{\"from\":\"2030-02-30\"}");

        assertThat(unskipped.status()).as(unskipped.body()).isEqualTo(200);
        assertThat(unskipped.text("day")).isEqualTo(today);
        assertThat(unskipped.json().get("wasSkipped").getBooleanValue()).isTrue();
        assertThat(notSkipped.json().get("wasSkipped").getBooleanValue()).isFalse();
        assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
        assertThat(resumed.json().get("habits").size()).isEqualTo(1);
        assertThat(resumed.text("from")).isEqualTo(today);
        assertThat(all.json().get("habits").size()).as("water was still paused").isEqualTo(1);
        assertThat(none.json().get("habits").size()).isZero();
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(badDay.text("field")).isEqualTo("from");
        assertThat(get("/api/v1/today", caller)
                        .json()
                        .get("habits")
                        .get(0)
                        .get("status")
                        .getStringValue())
                .isEqualTo("due");
    }

    @Test
    void progressOfAllHabitsAndOfOne() {
        Caller caller = newCaller();
        String pose = newHabit(caller, CHILDS_POSE);
        newHabit(caller, WATER);
        newCheckIn(caller, pose);

        Answer all = get("/api/v1/progress?weeks=4", caller);
        Answer one = get("/api/v1/habits/" + pose + "/progress", caller);

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().get("habits").size()).isEqualTo(2);
        assertThat(one.json().get("habits").size()).isEqualTo(1);
        JsonNode stats = one.json().get("habits").get(0);
        assertThat(stats.get("habit").get("id").coerceStringValue()).isEqualTo(pose);
        // The heat map starts on the day the habit does: today.
        assertThat(stats.get("days").size()).isEqualTo(1);
        assertThat(one.json().get("tightness").size()).isEqualTo(1);
    }

    @Test
    void templatesOfEveryPlugin() {
        Answer templates = get("/api/v1/templates", newCaller());

        assertThat(templates.status()).isEqualTo(200);
        assertThat(templates.body()).contains("\"id\":\"movement/walk-after-each-hour-of-sitting\"");
    }

    @Test
    void anUnknownFromIs400NamingTheFieldAndTheChoices() {
        Answer answer = send("POST", "/api/v1/habits", newCaller(), "{\"from\":\"magic\",\"id\":\"x\"}");

        assertError(answer, 400, "invalid-input", "from");
        assertThat(answer.text("message"))
                .contains("template, technique, routine, custom")
                .contains("magic");
    }

    @Test
    void anUnknownTechniqueIs400AndCreatesNothing() {
        Caller caller = newCaller();

        Answer answer =
                send("POST", "/api/v1/habits", caller, "{\"from\":\"technique\",\"id\":\"stretching/no-such\"}");

        assertError(answer, 400, "invalid-input", "id");
        assertThat(answer.text("message")).contains("stretching/no-such");
        assertThat(get("/api/v1/habits?all=true", caller).json().get("habits").size())
                .isZero();
    }

    @Test
    void aPatchOfPartOfAnHourlyScheduleOrAMeasuredMetricKeepsTheRest() {
        Caller caller = newCaller();
        String stand = newHabit(
                caller,
                "{\"from\":\"custom\",\"name\":\"Stand up\",\"schedule\":{\"kind\":\"every-hours\",\"hours\":2,"
                        + "\"from\":\"08:00\",\"until\":\"18:00\"}}");
        String water = newHabit(caller, WATER);

        Answer hours = send(
                "PATCH", "/api/v1/habits/" + stand, caller, "{\"schedule\":{\"kind\":\"every-hours\",\"hours\":3}}");
        Answer window = send(
                "PATCH",
                "/api/v1/habits/" + stand,
                caller,
                "{\"schedule\":{\"kind\":\"every-hours\",\"until\":\"16:00\"}}");
        Answer target = send(
                "PATCH", "/api/v1/habits/" + water, caller, "{\"metric\":{\"kind\":\"measured\",\"dailyTarget\":10}}");
        Answer noUnit = send(
                "PATCH", "/api/v1/habits/" + stand, caller, "{\"metric\":{\"kind\":\"measured\",\"dailyTarget\":3}}");
        Answer nothing = send("PATCH", "/api/v1/habits/" + stand, caller, "{\"schedule\":{\"kind\":\"every-hours\"}}");

        assertThat(hours.status()).as(hours.body()).isEqualTo(200);
        assertThat(hours.json().get("schedule").get("description").getStringValue())
                .isEqualTo("every 3 hours from 08:00 to 18:00");
        assertThat(window.json().get("schedule").get("description").getStringValue())
                .isEqualTo("every 3 hours from 08:00 to 16:00");
        assertThat(target.json().get("metric").get("unit").getStringValue()).isEqualTo("glasses");
        assertThat(target.json().get("metric").get("dailyTarget").getDoubleValue())
                .isEqualTo(10.0);
        assertError(noUnit, 400, "invalid-input", "metric.unit");
        assertError(nothing, 400, "invalid-input", "schedule.hours");
    }

    @Test
    void anArchivedHabitIsRestored() {
        Caller caller = newCaller();
        String id = newHabit(caller, CHILDS_POSE);
        send("POST", "/api/v1/habits/" + id + "/archive", caller, null);

        Answer restored = send("POST", "/api/v1/habits/" + id + "/restore", caller, null);

        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        assertThat(restored.text("status")).isEqualTo("active");
        assertThat(get("/api/v1/habits", caller).json().get("habits").size()).isEqualTo(1);
        assertThat(send("POST", "/api/v1/habits/" + id + "/restore", newCaller(), null)
                        .status())
                .as("someone else's")
                .isEqualTo(404);
    }

    @Test
    void aNameLongerThan200CharactersIs400NotCut() {
        Caller caller = newCaller();
        String words = "walk ".repeat(40) + "a";

        Answer described = send("POST", "/api/v1/habits", caller, "{\"from\":\"custom\",\"text\":\"" + words + "\"}");
        Answer named =
                send("POST", "/api/v1/habits", caller, "{\"from\":\"custom\",\"name\":\"" + "x".repeat(201) + "\"}");

        assertError(described, 400, "invalid-input", "name");
        assertThat(described.text("message")).isEqualTo("habit name must be 1 to 200 characters, was 201");
        assertError(named, 400, "invalid-input", "name");
        assertThat(get("/api/v1/habits", caller).json().get("habits").size()).isZero();
    }

    @Test
    void aBadScheduleOrMetricIs400NamingTheField() {
        Caller caller = newCaller();

        Answer days = send(
                "POST",
                "/api/v1/habits",
                caller,
                "{\"from\":\"technique\",\"id\":\"stretching/childs-pose\",\"schedule\":{\"kind\":\"weekdays\",\"days\":[\"funday\"]}}");
        Answer target = send(
                "POST",
                "/api/v1/habits",
                caller,
                "{\"from\":\"custom\",\"name\":\"Water\",\"metric\":{\"kind\":\"measured\",\"unit\":\"glasses\",\"dailyTarget\":\"lots\"}}");
        Answer startsOn = send(
                "POST",
                "/api/v1/habits",
                caller,
                "{\"from\":\"technique\",\"id\":\"stretching/childs-pose\",\"startsOn\":\"2026-02-30\"}");

        assertThat(days.status()).as(days.body()).isEqualTo(400);
        assertThat(days.text("field")).contains("days");
        assertError(target, 400, "invalid-input", "metric.dailyTarget");
        assertThat(target.text("message")).contains("a number");
        assertError(startsOn, 400, "invalid-input", "startsOn");
    }

    @Test
    void badWeeksAre400NamingTheParameter() {
        Caller caller = newCaller();

        Answer notANumber = get("/api/v1/progress?weeks=many", caller);
        Answer tooMany = get("/api/v1/progress?weeks=53", caller);

        assertError(notANumber, 400, "invalid-input", "weeks");
        assertThat(notANumber.text("message")).contains("a whole number");
        assertError(tooMany, 400, "invalid-input", "weeks");
        assertThat(tooMany.text("message")).contains("52");
    }

    @Test
    void anUnknownOrMalformedHabitIdIs404() {
        Caller caller = newCaller();

        assertError(get("/api/v1/habits/999999", caller), 404, "not-found", null);
        assertError(get("/api/v1/habits/abc", caller), 404, "not-found", null);
        assertError(send("PATCH", "/api/v1/habits/999999", caller, "{\"name\":\"x\"}"), 404, "not-found", null);
        assertError(send("POST", "/api/v1/habits/999999/archive", caller, null), 404, "not-found", null);
        assertError(get("/api/v1/habits/999999/progress", caller), 404, "not-found", null);
    }
}
