using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MultiStageBuild.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class PresetSlugsAndFoldedNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Slug",
                table: "Presets",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Presets_Slug",
                table: "Presets",
                column: "Slug",
                unique: true);

            // Names clash on their NFC, case-folded form now (preset_name_key, given to every connection by
            // SqlitePragmaInterceptor). A live name that would clash with an earlier one keeps its old key.
            // Slugs are assigned after migrating, at start-up (PresetStoreServices), where the suffix rule lives.
            migrationBuilder.Sql($"UPDATE OR IGNORE Presets SET NormalizedName = {SqlitePragmaInterceptor.NameKeyFunction}(Name);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Presets_Slug",
                table: "Presets");

            migrationBuilder.DropColumn(
                name: "Slug",
                table: "Presets");
        }
    }
}
