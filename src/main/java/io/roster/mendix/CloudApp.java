package io.roster.mendix;

/** An app as Mendix Cloud (Deploy API v4) sees it; the Technical Contact is known there by e-mail. */
public record CloudApp(String appId, String name, LicenseType licenseType, String subdomain,
        String technicalContactEmail, String technicalContactName) {

    public enum LicenseType {

        FREE, LICENSED

    }

}
