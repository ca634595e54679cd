/** {@code /api/v1/export} and {@code /api/v1/import}: a person's data out and back in. */
package dev.unknot.api.transfer;
