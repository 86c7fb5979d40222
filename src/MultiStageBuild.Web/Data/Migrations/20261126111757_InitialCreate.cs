using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MultiStageBuild.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Presets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    InstallCmd = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    BuildCmd = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    TestCmd = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    DeletedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Presets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PresetRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PresetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Author = table.Column<string>(type: "TEXT", nullable: false),
                    SnapshotJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PresetRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PresetRevisions_Presets_PresetId",
                        column: x => x.PresetId,
                        principalTable: "Presets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PresetTags",
                columns: table => new
                {
                    PresetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NormalizedTag = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Tag = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PresetTags", x => new { x.PresetId, x.NormalizedTag });
                    table.ForeignKey(
                        name: "FK_PresetTags_Presets_PresetId",
                        column: x => x.PresetId,
                        principalTable: "Presets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PresetRevisions_PresetId_Version",
                table: "PresetRevisions",
                columns: new[] { "PresetId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PresetTags_NormalizedTag",
                table: "PresetTags",
                column: "NormalizedTag");

            migrationBuilder.CreateIndex(
                name: "IX_Presets_DeletedAt_CreatedAt",
                table: "Presets",
                columns: new[] { "DeletedAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Presets_DeletedAt_NormalizedName",
                table: "Presets",
                columns: new[] { "DeletedAt", "NormalizedName" });

            migrationBuilder.CreateIndex(
                name: "IX_Presets_DeletedAt_UpdatedAt",
                table: "Presets",
                columns: new[] { "DeletedAt", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Presets_NormalizedName_Live",
                table: "Presets",
                column: "NormalizedName",
                unique: true,
                filter: "\"DeletedAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PresetRevisions");

            migrationBuilder.DropTable(
                name: "PresetTags");

            migrationBuilder.DropTable(
                name: "Presets");
        }
    }
}
