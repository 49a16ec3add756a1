package io.roster.notify;

import java.util.List;

/** A plain-text e-mail. */
public record Mail(List<String> to, String subject, String text) {

    public Mail {
        to = to.stream().filter(address -> address != null && !address.isBlank()).distinct().toList();
    }

}
