/**
 * Engine and web configuration shared by every feature: problem responses, start-up checks.
 */
package io.roster.system;
