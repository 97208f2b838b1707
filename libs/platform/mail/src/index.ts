export { mailMigrationSet } from './lib/mail.migrations';
export { MAIL_DELIVERY_JOB, type OutgoingMail, queueMail } from './lib/outbox';
export { createMailTransport, type MailTransport } from './lib/transport';
export { mailDeliveryJob } from './lib/delivery.job';
export { getMail, listMail, type MailDetail, type MailSummary } from './lib/mailbox';
