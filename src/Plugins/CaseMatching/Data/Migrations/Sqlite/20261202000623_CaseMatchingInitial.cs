using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace IntegrationsNetz.Plugins.CaseMatching.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseMatchingInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CmCaseCodeCounters",
                columns: table => new
                {
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmCaseCodeCounters", x => x.Prefix);
                });

            migrationBuilder.CreateTable(
                name: "CmCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Household = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    HouseholdSize = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CmCases_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CmRetainedCounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClosedYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Cases = table.Column<int>(type: "INTEGER", nullable: false),
                    Goals = table.Column<int>(type: "INTEGER", nullable: false),
                    GoalsAchieved = table.Column<int>(type: "INTEGER", nullable: false),
                    Referrals = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferralsCompleted = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmRetainedCounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CmScheduledJobRuns",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    LastRunOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmScheduledJobRuns", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "CmSubstitutions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AbsentUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubstituteUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GrantedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmSubstitutions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CmCaseAccessLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmCaseAccessLog", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CmCaseAccessLog_CmCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "CmCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CmConsents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    TextVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmConsents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CmConsents_CmCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "CmCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CmGoals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TargetDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ConversationOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmGoals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CmGoals_CmCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "CmCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CmGoalRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ConversationOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TargetDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReviewDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmGoalRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CmGoalRevisions_CmGoals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "CmGoals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CmNeeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GermanLevel = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    TimeWindows = table.Column<string>(type: "TEXT", nullable: false),
                    ChildcareNeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    WomenOnly = table.Column<bool>(type: "INTEGER", nullable: false),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    MaxTravelKm = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmNeeds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CmNeeds_CmCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "CmCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CmNeeds_CmGoals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "CmGoals",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_CmNeeds_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CmReferrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NeedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferTitle = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmReferrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CmReferrals_CmNeeds_NeedId",
                        column: x => x.NeedId,
                        principalTable: "CmNeeds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CmRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NeedId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MunicipalityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Skills = table.Column<string>(type: "TEXT", nullable: false),
                    Languages = table.Column<string>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    From = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Until = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    TimeWindows = table.Column<string>(type: "TEXT", nullable: false),
                    Places = table.Column<int>(type: "INTEGER", nullable: false),
                    Confirmed = table.Column<int>(type: "INTEGER", nullable: false),
                    InvolvesChildren = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MeetingDetails = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CmRequests_CmCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "CmCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CmRequests_CmNeeds_NeedId",
                        column: x => x.NeedId,
                        principalTable: "CmNeeds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CmRequests_Municipalities_MunicipalityId",
                        column: x => x.MunicipalityId,
                        principalTable: "Municipalities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CmReferralEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmReferralEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CmReferralEvents_CmReferrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "CmReferrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CmRequestNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VolunteerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmRequestNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CmRequestNotices_CmRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "CmRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CmRequestNotices_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CmSignups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VolunteerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompletedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    RemindedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CmSignups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CmSignups_CmRequests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "CmRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CmSignups_Volunteers_VolunteerId",
                        column: x => x.VolunteerId,
                        principalTable: "Volunteers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CmCaseAccessLog_CaseId_At",
                table: "CmCaseAccessLog",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CmCases_Code",
                table: "CmCases",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CmCases_MunicipalityId",
                table: "CmCases",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_CmCases_OwnerId",
                table: "CmCases",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CmCases_PartnerId",
                table: "CmCases",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CmConsents_CaseId",
                table: "CmConsents",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CmGoalRevisions_GoalId",
                table: "CmGoalRevisions",
                column: "GoalId");

            migrationBuilder.CreateIndex(
                name: "IX_CmGoals_CaseId",
                table: "CmGoals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CmGoals_ReviewDate",
                table: "CmGoals",
                column: "ReviewDate");

            migrationBuilder.CreateIndex(
                name: "IX_CmNeeds_CaseId",
                table: "CmNeeds",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CmNeeds_GoalId",
                table: "CmNeeds",
                column: "GoalId");

            migrationBuilder.CreateIndex(
                name: "IX_CmNeeds_MunicipalityId",
                table: "CmNeeds",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_CmReferralEvents_ReferralId",
                table: "CmReferralEvents",
                column: "ReferralId");

            migrationBuilder.CreateIndex(
                name: "IX_CmReferrals_NeedId",
                table: "CmReferrals",
                column: "NeedId");

            migrationBuilder.CreateIndex(
                name: "IX_CmReferrals_OfferId",
                table: "CmReferrals",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_CmRequestNotices_RequestId_VolunteerId",
                table: "CmRequestNotices",
                columns: new[] { "RequestId", "VolunteerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CmRequestNotices_SentAt",
                table: "CmRequestNotices",
                column: "SentAt");

            migrationBuilder.CreateIndex(
                name: "IX_CmRequestNotices_VolunteerId",
                table: "CmRequestNotices",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_CmRequests_CaseId",
                table: "CmRequests",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CmRequests_MunicipalityId",
                table: "CmRequests",
                column: "MunicipalityId");

            migrationBuilder.CreateIndex(
                name: "IX_CmRequests_NeedId",
                table: "CmRequests",
                column: "NeedId");

            migrationBuilder.CreateIndex(
                name: "IX_CmRequests_Status_MunicipalityId",
                table: "CmRequests",
                columns: new[] { "Status", "MunicipalityId" });

            migrationBuilder.CreateIndex(
                name: "IX_CmRetainedCounts_MunicipalityId_ClosedYear",
                table: "CmRetainedCounts",
                columns: new[] { "MunicipalityId", "ClosedYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CmSignups_RequestId_VolunteerId",
                table: "CmSignups",
                columns: new[] { "RequestId", "VolunteerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CmSignups_VolunteerId",
                table: "CmSignups",
                column: "VolunteerId");

            migrationBuilder.CreateIndex(
                name: "IX_CmSubstitutions_SubstituteUserId_StartsOn_EndsOn",
                table: "CmSubstitutions",
                columns: new[] { "SubstituteUserId", "StartsOn", "EndsOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CmCaseAccessLog");

            migrationBuilder.DropTable(
                name: "CmCaseCodeCounters");

            migrationBuilder.DropTable(
                name: "CmConsents");

            migrationBuilder.DropTable(
                name: "CmGoalRevisions");

            migrationBuilder.DropTable(
                name: "CmReferralEvents");

            migrationBuilder.DropTable(
                name: "CmRequestNotices");

            migrationBuilder.DropTable(
                name: "CmRetainedCounts");

            migrationBuilder.DropTable(
                name: "CmScheduledJobRuns");

            migrationBuilder.DropTable(
                name: "CmSignups");

            migrationBuilder.DropTable(
                name: "CmSubstitutions");

            migrationBuilder.DropTable(
                name: "CmReferrals");

            migrationBuilder.DropTable(
                name: "CmRequests");

            migrationBuilder.DropTable(
                name: "CmNeeds");

            migrationBuilder.DropTable(
                name: "CmGoals");

            migrationBuilder.DropTable(
                name: "CmCases");
        }
    }
}
