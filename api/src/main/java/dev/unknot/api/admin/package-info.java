/** The administrator's routes under {@code /api/v1/admin}: 403 for anyone else. */
package dev.unknot.api.admin;
