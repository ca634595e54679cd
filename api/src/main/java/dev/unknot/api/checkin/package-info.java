/** {@code /api/v1/check-ins}: recording, listing, editing and removing check-ins. */
package dev.unknot.api.checkin;
