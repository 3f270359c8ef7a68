using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrationsNetz.Core.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Offers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IndexingTasks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndexingTasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Offers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LastCheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ProviderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Street = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Tags = table.Column<string>(type: "TEXT", nullable: false),
                    StepFree = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OfferKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AuthorityType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OpeningHours = table.Column<string>(type: "TEXT", nullable: true),
                    ByAppointment = table.Column<bool>(type: "INTEGER", nullable: true),
                    TemporarilyClosed = table.Column<bool>(type: "INTEGER", nullable: true),
                    AppointmentUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Languages = table.Column<string>(type: "TEXT", nullable: true),
                    Employer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OccupationalField = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    InternshipType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    GermanLevel = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    DurationWeeks = table.Column<int>(type: "INTEGER", nullable: true),
                    HoursPerWeek = table.Column<int>(type: "INTEGER", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Paid = table.Column<bool>(type: "INTEGER", nullable: true),
                    Places = table.Column<int>(type: "INTEGER", nullable: true),
                    CourseType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    LevelFrom = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    LevelTo = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RollingEntry = table.Column<bool>(type: "INTEGER", nullable: true),
                    RegistrationDeadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Weekdays = table.Column<string>(type: "TEXT", nullable: true),
                    TimeFrom = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    TimeTo = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Format = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Childcare = table.Column<bool>(type: "INTEGER", nullable: true),
                    WomenOnly = table.Column<bool>(type: "INTEGER", nullable: true),
                    Cost = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    FeeAmount = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: true),
                    PlacesTaken = table.Column<int>(type: "INTEGER", nullable: true),
                    Activities = table.Column<string>(type: "TEXT", nullable: true),
                    MeetingTimes = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Offers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OfferMunicipalities",
                columns: table => new
                {
                    MunicipalitiesId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferMunicipalities", x => new { x.MunicipalitiesId, x.OfferId });
                    table.ForeignKey(
                        name: "FK_OfferMunicipalities_Municipalities_MunicipalitiesId",
                        column: x => x.MunicipalitiesId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OfferMunicipalities_Offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfferTexts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferTexts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferTexts_Offers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndexingTasks_OfferId",
                table: "IndexingTasks",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferMunicipalities_OfferId",
                table: "OfferMunicipalities",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_Offers_Slug",
                table: "Offers",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OfferTexts_OfferId_Culture",
                table: "OfferTexts",
                columns: new[] { "OfferId", "Culture" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndexingTasks");

            migrationBuilder.DropTable(
                name: "OfferMunicipalities");

            migrationBuilder.DropTable(
                name: "OfferTexts");

            migrationBuilder.DropTable(
                name: "Offers");
        }
    }
}
