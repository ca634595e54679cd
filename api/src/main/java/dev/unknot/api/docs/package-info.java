/** The OpenAPI document at {@code /api/openapi.yml} and its browsable view at {@code /api/docs}. */
package dev.unknot.api.docs;
