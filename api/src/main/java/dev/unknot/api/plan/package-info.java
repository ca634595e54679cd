/** {@code /api/v1/plan}: an assessment of causes turned into a starter plan. */
package dev.unknot.api.plan;
