using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrationsNetz.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class VolunteerChangeStamp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "UpdatedAt",
                table: "Volunteers",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.CreateIndex(
                name: "IX_Volunteers_Status_UpdatedAt",
                table: "Volunteers",
                columns: new[] { "Status", "UpdatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Volunteers_Status_UpdatedAt",
                table: "Volunteers");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Volunteers");
        }
    }
}
