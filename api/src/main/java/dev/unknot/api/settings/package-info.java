/** {@code /api/v1/settings}: the person's calendar (time zone and day start). */
package dev.unknot.api.settings;
