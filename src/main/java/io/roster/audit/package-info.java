/**
 * Audit: the member inventory (Projects API crawl, the latest Control Center members export, the identity map), its
 * reconciliation with the corporate directory, the reports (CSV, XLSX) and the access-review process that turns
 * confirmed orphans into offboardings.
 */
package io.roster.audit;
