/** Unknot's JSON REST API (version 1 under {@code /api/v1}) on Micronaut's HTTP server. */
package dev.unknot.api;
