/**
 * What an operator watches: {@code /health} (liveness and readiness, through Micronaut's management
 * endpoints) and, when turned on, {@code /metrics} in Prometheus's format (through Micrometer). Both
 * are answered by the front door; neither says anything about a person.
 */
package dev.unknot.web.operations;
