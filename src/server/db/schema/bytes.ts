import { customType } from 'drizzle-orm/pg-core';

// PostgreSQL bytea as a Node Buffer (both drivers hand back a Buffer or a Uint8Array).
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});
