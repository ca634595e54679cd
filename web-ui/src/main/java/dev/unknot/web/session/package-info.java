/** Who is signed in to a browser session, and which views need nobody to be. */
package dev.unknot.web.session;
