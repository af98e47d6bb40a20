package com.getpaid.local;

/** Prints a recipient's inbox on the local mail server, decoded: {@code ./mail.sh ap@huadong.example}. */
public final class ReadMail {

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ./mail.sh <email address> [imap port, default 3143]");
            System.exit(2);
        }
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 3143;
        var mail = Mailbox.read(port, args[0]);
        if (mail.isEmpty()) {
            System.out.println("No mail for " + args[0] + " yet.");
        }
        for (Mailbox.Email email : mail) {
            System.out.println("From:    " + email.from());
            System.out.println("To:      " + email.to());
            System.out.println("Subject: " + email.subject());
            System.out.println();
            System.out.println(email.body().strip());
            System.out.println("----------------------------------------------------------------------");
        }
    }

    private ReadMail() {
    }
}
