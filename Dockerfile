# Builds and runs the app without the demo profile: the database comes from SPRING_DATASOURCE_*.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY src src
COPY db db
RUN ./mvnw -B -ntp -DskipTests package

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 tracker
USER tracker
COPY --from=build /src/target/locality-working-tracker-*.jar /app/app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
