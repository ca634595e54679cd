/** Reading a person's check-ins: by the days of their own calendar, never more than is asked for. */
package dev.unknot.app.history;
