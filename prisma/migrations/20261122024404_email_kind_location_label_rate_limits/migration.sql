-- CreateEnum
CREATE TYPE "EmailKind" AS ENUM ('TRANSACTIONAL', 'ALERT');

-- AlterTable
ALTER TABLE "inquiries" ADD COLUMN     "location_label" TEXT;

-- AlterTable
ALTER TABLE "email_messages" ADD COLUMN     "kind" "EmailKind" NOT NULL DEFAULT 'TRANSACTIONAL',
ADD COLUMN     "transport" TEXT;

-- DropTable
DROP TABLE "rate_limit_counters";

-- CreateTable
CREATE TABLE "public_rate_limits" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "public_rate_limits_pkey" PRIMARY KEY ("key")
);

