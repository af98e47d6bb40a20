package com.getpaid.local;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads a recipient's inbox over IMAP, as a person's mail client would (GreenMail: login = password = address). */
public final class Mailbox {

    /** A received email, reduced to what a reader sees. */
    public record Email(String from, String to, String subject, String body, String messageId) {
    }

    public static List<Email> read(int imapPort, String address) {
        Properties props = new Properties();
        props.put("mail.imap.host", "127.0.0.1");
        props.put("mail.imap.port", String.valueOf(imapPort));
        props.put("mail.imap.connectiontimeout", "5000");
        props.put("mail.imap.timeout", "5000");
        try {
            Store store = Session.getInstance(props).getStore("imap");
            store.connect("127.0.0.1", imapPort, address, address);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<Email> emails = new ArrayList<>();
                for (Message m : inbox.getMessages()) {
                    emails.add(new Email(m.getFrom()[0].toString(), m.getAllRecipients()[0].toString(), m.getSubject(),
                            String.valueOf(m.getContent()), ((MimeMessage) m).getMessageID()));
                }
                inbox.close(false);
                return emails;
            } finally {
                store.close();
            }
        } catch (jakarta.mail.AuthenticationFailedException e) {
            return List.of(); // no mail yet: GreenMail creates the mailbox on first delivery
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the inbox of " + address + " on IMAP port " + imapPort, e);
        }
    }

    private Mailbox() {
    }
}
