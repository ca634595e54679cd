package dev.unknot.app.plan;

import dev.unknot.core.plan.Assessment;
import java.time.Instant;

/** A person's last answers to the plan's questions, and when they gave them. */
public record RememberedAnswers(Assessment answers, Instant answeredAt) {}
