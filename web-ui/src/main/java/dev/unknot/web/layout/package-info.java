/** What every page shares: the app shell, the main layout with its menu, and the not-found page. */
package dev.unknot.web.layout;
