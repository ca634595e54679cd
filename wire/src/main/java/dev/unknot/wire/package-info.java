/**
 * The wire model: the JSON documents the CLI prints with {@code --json} and the REST API speaks,
 * and the {@link dev.unknot.wire.Tracker} both the CLI and the API call.
 */
package dev.unknot.wire;
