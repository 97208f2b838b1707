import { type Kysely, type Migration, sql } from 'kysely';
import type { MigrationSet } from '@emporium/platform-db';

export const mailMigrationSet: MigrationSet = {
  schema: 'mail',
  migrations: {
    '0001_message': {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      async up(db: Kysely<any>) {
        await db.schema.createSchema('mail').ifNotExists().execute();
        await db.schema
          .withSchema('mail')
          .createTable('message')
          .addColumn('id', 'uuid', (column) => column.primaryKey().defaultTo(sql`gen_random_uuid()`))
          .addColumn('recipient', 'text', (column) => column.notNull())
          .addColumn('subject', 'text', (column) => column.notNull())
          .addColumn('text_body', 'text', (column) => column.notNull())
          .addColumn('html_body', 'text')
          .addColumn('template', 'text', (column) => column.notNull())
          .addColumn('status', 'text', (column) => column.notNull().defaultTo('queued'))
          .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
          .addColumn('last_error', 'text')
          .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
          .addColumn('delivered_at', 'timestamptz')
          .addCheckConstraint('message_status_check', sql`status IN ('queued', 'sent', 'kept', 'failed')`)
          .execute();
        // The mailbox lists newest first, keyset-paginated on (created_at, id); staff look a recipient up.
        await db.schema.withSchema('mail').createIndex('message_created_at_id_idx').on('message').expression(sql`created_at DESC, id DESC`).execute();
        await db.schema.withSchema('mail').createIndex('message_recipient_idx').on('message').expression(sql`lower(recipient)`).execute();
      },
    } satisfies Migration,
  },
};
